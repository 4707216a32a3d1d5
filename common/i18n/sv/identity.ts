export default {
  title: 'Inloggning via organisationens konto',
};
