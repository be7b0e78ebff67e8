import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { FaqModule } from '../faq/faq.module';
import { ScriptsService } from './scripts.service';
import { ChangeRequestsService } from './change-requests.service';
import { ChangeRequestResolver, ScriptsResolver } from './scripts.resolver';

/** Each client's script (応対スクリプト), its published versions and change requests. */
@Module({
  imports: [FaqModule, ClientsModule, DeliveryModule],
  providers: [ScriptsService, ChangeRequestsService, ScriptsResolver, ChangeRequestResolver],
})
export class ScriptsModule {}
