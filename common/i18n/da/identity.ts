export default {
  title: 'Log ind med organisationens konto',
};
