import { Module } from '@nestjs/common';
import { ClientsService } from './clients.service';
import { ClientsResolver } from './clients.resolver';

/** Client companies (契約企業): their details, status and report settings. */
@Module({
  providers: [ClientsService, ClientsResolver],
})
export class ClientsModule {}
