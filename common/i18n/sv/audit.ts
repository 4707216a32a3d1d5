export default {
  title: 'Ändringslogg',
};
