export default {
  title: 'Sikkerhed',
};
