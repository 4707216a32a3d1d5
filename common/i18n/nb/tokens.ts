export default {
  title: 'API-nøkler',
};
