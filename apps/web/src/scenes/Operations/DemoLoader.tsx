import { Alert, Button, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../../lib/api.ts';
import { hasPermission } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { setOperationId } from '../../lib/operation-store.ts';
import { keys } from '../../lib/query-keys.ts';
import { navigate } from '../../lib/router.ts';
import { useBootstrap, useUser } from '../../lib/session.ts';

/** On an install with no operation, an administrator or coordinator may load the synthetic demo. */
export function DemoLoader() {
  const bootstrap = useBootstrap();
  const user = useUser();
  const client = useQueryClient();
  const load = useMutation({
    mutationFn: () => post<{ operationId: string }>('/api/demo'),
    onSuccess: async ({ operationId }) => {
      setOperationId(operationId);
      await client.invalidateQueries({ queryKey: keys.bootstrap });
      await client.invalidateQueries({ queryKey: keys.operations });
      notifySuccess('Synthetic demo operation loaded');
      navigate('/');
    },
    onError: (error) => notifyError(error, 'Could not load the demo'),
  });
  if (!bootstrap.data?.demoAvailable || !hasPermission(user, 'demo.load')) return null;
  return (
    <Alert color="grape" title="Empty installation">
      <Text size="sm" mb="sm">
        Load a synthetic operation (20 countries, about 100 users, 114 platforms, a few thousand items) to try
        the command centre. All of its data is invented and marked synthetic.
      </Text>
      <Button color="grape" loading={load.isPending} onClick={() => load.mutate()}>
        Load synthetic demo
      </Button>
    </Alert>
  );
}
