import { describe, it, expect } from 'vitest';
import { findMunicipality, municipalities, municipalitiesOf } from './municipalities';

describe('municipalities', () => {
  it('ships 43 Latvian and 60 Lithuanian municipalities', () => {
    expect(municipalitiesOf('LV')).toHaveLength(43);
    expect(municipalitiesOf('LT')).toHaveLength(60);
    expect(municipalities).toHaveLength(103);
  });

  it('has 7 Latvian state cities and 36 novadi', () => {
    const lv = municipalitiesOf('LV');
    expect(lv.filter((m) => m.name.endsWith(' valstspilsēta'))).toHaveLength(7);
    expect(lv.filter((m) => m.name.endsWith(' novads'))).toHaveLength(36);
  });

  it('has 7 Lithuanian city and 43 district municipalities', () => {
    const lt = municipalitiesOf('LT');
    expect(lt.filter((m) => m.name.includes(' miesto '))).toHaveLength(7);
    expect(lt.filter((m) => m.name.includes(' rajono '))).toHaveLength(43);
    expect(lt.every((m) => m.name.endsWith('savivaldybė'))).toBe(true);
  });

  it('uses unique, well-formed codes that match the country', () => {
    const codes = municipalities.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const m of municipalities) {
      expect(m.code).toMatch(/^(LV|LT)-[a-z0-9-]+$/);
      expect(m.code.startsWith(`${m.country}-`)).toBe(true);
    }
  });

  it('has unique, non-empty names in both languages', () => {
    for (const m of municipalities) {
      expect(m.name.trim()).not.toBe('');
      expect(m.nameRu.trim()).not.toBe('');
    }
    for (const country of ['LV', 'LT'] as const) {
      const names = municipalitiesOf(country).map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('lists each country only under itself', () => {
    expect(municipalitiesOf('LV').every((m) => m.country === 'LV')).toBe(true);
    expect(municipalitiesOf('LT').every((m) => m.country === 'LT')).toBe(true);
  });

  it('finds known entries by code', () => {
    expect(findMunicipality('LV-riga')).toEqual({
      code: 'LV-riga',
      country: 'LV',
      name: 'Rīgas valstspilsēta',
      nameRu: 'Рига',
    });
    expect(findMunicipality('LV-aizkraukle')?.name).toBe('Aizkraukles novads');
    expect(findMunicipality('LV-aizkraukle')?.nameRu).toBe('Айзкраукльский край');
    expect(findMunicipality('LV-varaklani')?.name).toBe('Varakļānu novads');
    expect(findMunicipality('LV-jelgava-city')?.name).toBe('Jelgavas valstspilsēta');
    expect(findMunicipality('LV-jelgava-novads')?.name).toBe('Jelgavas novads');
    expect(findMunicipality('LT-vilnius-city')?.name).toBe('Vilniaus miesto savivaldybė');
    expect(findMunicipality('LT-vilnius-city')?.nameRu).toBe('Вильнюсское городское самоуправление');
    expect(findMunicipality('LT-vilnius-district')?.name).toBe('Vilniaus rajono savivaldybė');
    expect(findMunicipality('LT-kazlu-ruda')?.name).toBe('Kazlų Rūdos savivaldybė');
    expect(findMunicipality('LT-palanga-city')?.name).toBe('Palangos miesto savivaldybė');
  });

  it('answers undefined for unknown codes', () => {
    expect(findMunicipality('LV-nowhere')).toBeUndefined();
    expect(findMunicipality('')).toBeUndefined();
  });
});
