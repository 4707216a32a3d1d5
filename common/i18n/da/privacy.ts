export default {
  title: 'Privatliv og log',
};
