export default {
  title: 'API tokens',
};
