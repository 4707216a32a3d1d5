export default {
  title: 'Privacy and log',
};
