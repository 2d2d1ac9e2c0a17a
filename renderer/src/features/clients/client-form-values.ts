import type { Client } from '#shared/contract/clients';
import type { ClientStatus } from '#shared/domain/services';

/** What the card form holds: strings for every text and date field ('' when empty), as the schema accepts. */
export interface ClientFormValues {
  firstName: string;
  lastName: string;
  codeCountry: 'LV' | 'LT' | '';
  personalCode: string;
  codeOverrideReason: string;
  birthDate: string;
  sex: 'male' | 'female' | '';
  address: string;
  phone: string;
  language: 'lv' | 'lt' | 'ru';
  receptionNotes: string;
  wanderingRisk: boolean;
  mayGoHomeAlone: boolean;
  diet: string;
  status: ClientStatus;
  statusSince: string;
  statusReason: string;
}

export function emptyClientValues(country: 'LV' | 'LT', language: 'lv' | 'lt' | 'ru'): ClientFormValues {
  return {
    firstName: '', lastName: '', codeCountry: country, personalCode: '', codeOverrideReason: '', birthDate: '', sex: '',
    address: '', phone: '', language, receptionNotes: '', wanderingRisk: false, mayGoHomeAlone: false, diet: '', status: 'active', statusSince: '', statusReason: '',
  };
}

export function clientValues(client: Client): ClientFormValues {
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    codeCountry: client.codeCountry ?? '',
    personalCode: client.personalCode ?? '',
    codeOverrideReason: '',
    birthDate: client.birthDate ?? '',
    sex: client.sex ?? '',
    address: client.address ?? '',
    phone: client.phone ?? '',
    language: client.language,
    receptionNotes: client.receptionNotes ?? '',
    wanderingRisk: client.wanderingRisk,
    mayGoHomeAlone: client.mayGoHomeAlone,
    diet: client.diet ?? '',
    status: client.status,
    statusSince: '',
    statusReason: client.statusReason ?? '',
  };
}

/** The create input: the card without the status fields (a new client is active). */
export function createInput(values: ClientFormValues) {
  const { status: _status, statusSince: _since, statusReason: _reason, ...card } = values;
  return card;
}
