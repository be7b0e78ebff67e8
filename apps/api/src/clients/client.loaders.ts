import { byId } from '../common/loaders';
import { ClientCompany } from './client-company.entity';

export const CLIENT_COMPANY = byId(ClientCompany);
