export default {
  title: 'Endringslogg',
};
