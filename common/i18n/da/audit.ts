export default {
  title: 'Ændringslog',
};
