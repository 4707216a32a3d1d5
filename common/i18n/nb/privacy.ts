export default {
  title: 'Personvern og logg',
};
