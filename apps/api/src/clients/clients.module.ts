import { Module } from '@nestjs/common';
import { ClientsService } from './clients.service';
import { ClientsResolver } from './clients.resolver';
import { AuditClientResolver } from './audit-client.resolver';

/** Client companies (契約企業): their details, status and report settings. */
@Module({
  exports: [ClientsService],
  providers: [ClientsService, ClientsResolver, AuditClientResolver],
})
export class ClientsModule {}
