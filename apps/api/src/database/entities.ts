import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';

/** Every entity, listed once: the app, the CLI and the drift check read the same list. */
export const entities = [ClientCompany, User, RefreshToken, LoginFailure, AuditEntry];
