import { Alert, List } from '@mantine/core';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A failed write: a validation error lists its field messages (translated by the core), others as usual. */
export function CallError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.error.kind === 'validation' && error.error.issues?.length) {
    return (
      <Alert color="red" role="alert" variant="light">
        <List size="sm">
          {error.error.issues.map((issue) => (
            <List.Item key={`${issue.path.join('.')}-${issue.code}`}>{issue.message}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
