export default {
  title: 'Security',
};
