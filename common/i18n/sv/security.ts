export default {
  title: 'Säkerhet',
};
