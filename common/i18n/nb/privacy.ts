export default {
  title: 'Personvern',
};
