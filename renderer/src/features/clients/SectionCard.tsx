import type { ReactNode } from 'react';
import { Button, Card, Group, Title } from '@mantine/core';

/** One section of the client card: a heading, an optional add button, the content. */
export function SectionCard({ title, addLabel, onAdd, children }: { title: string; addLabel?: string; onAdd?: () => void; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {onAdd && addLabel && (
          <Button size="xs" variant="light" onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Group>
      {children}
    </Card>
  );
}
