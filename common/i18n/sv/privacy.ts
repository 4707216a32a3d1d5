export default {
  title: 'Integritet och logg',
};
