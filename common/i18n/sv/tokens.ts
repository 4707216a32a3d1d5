export default {
  title: 'API-nycklar',
};
