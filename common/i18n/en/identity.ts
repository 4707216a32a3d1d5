export default {
  title: 'Sign-in with your organisation account',
};
