export default {
  title: 'Privacy',
};
