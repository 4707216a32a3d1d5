export default {
  title: 'Integritet',
};
