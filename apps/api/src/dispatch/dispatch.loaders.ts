import { byId } from '../common/loaders';
import { Contractor } from './contractor.entity';

export const CONTRACTOR = byId(Contractor);
