import { useMemo } from 'react';
import { Button, SimpleGrid } from '@mantine/core';
import type { StaffTile } from '#shared/contract/auth';
import { useLanguage } from '../../i18n/use-language';

/** One button per active staff member, sorted by the alphabet of the UI language. */
export function StaffTiles({ tiles, onPick }: { tiles: StaffTile[]; onPick: (tile: StaffTile) => void }) {
  const language = useLanguage();
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...tiles].sort((a, b) => collator.compare(a.fullName, b.fullName));
  }, [tiles, language]);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
      {sorted.map((tile) => (
        <Button key={tile.id} variant="light" size="lg" h={64} onClick={() => onPick(tile)}>
          {tile.fullName}
        </Button>
      ))}
    </SimpleGrid>
  );
}
