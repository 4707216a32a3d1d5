export default {
  title: 'Innlogging med organisasjonens konto',
};
