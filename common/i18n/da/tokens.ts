export default {
  title: 'API-nøgler',
};
