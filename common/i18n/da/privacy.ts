export default {
  title: 'Privatliv',
};
