import { useMemo } from 'react';
import { Button, SimpleGrid } from '@mantine/core';
import type { StaffTile } from '#shared/contract/auth';
import { useLanguage } from '../../i18n/use-language';

/**
 * One button per active staff member, sorted by the alphabet of the UI language. Long names (a
 * Lithuanian double surname, a Russian name and patronymic) wrap onto a second line, never cut.
 */
export function StaffTiles({ tiles, onPick }: { tiles: StaffTile[]; onPick: (tile: StaffTile) => void }) {
  const language = useLanguage();
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...tiles].sort((a, b) => collator.compare(a.fullName, b.fullName));
  }, [tiles, language]);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
      {sorted.map((tile) => (
        <Button key={tile.id} variant="default" size="lg" h="auto" mih={64} py={8} data-testid="staff-tile"
          styles={{ label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.25, overflow: 'visible' } }} onClick={() => onPick(tile)}>
          {tile.fullName}
        </Button>
      ))}
    </SimpleGrid>
  );
}
