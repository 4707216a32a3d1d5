import { useQuery } from '@tanstack/react-query';
import { needsMeSchema } from '../../../common/platform/notifications.js';
import { api } from '../../app/api';

export function useNeedsMe() {
  return useQuery({ queryKey: ['home', 'needs-me'], queryFn: () => api.get('/home/needs-me', needsMeSchema) });
}
