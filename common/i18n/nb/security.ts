export default {
  title: 'Sikkerhet',
};
