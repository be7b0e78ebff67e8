import { Module } from '@nestjs/common';
import { ScriptsService } from './scripts.service';
import { ChangeRequestsService } from './change-requests.service';
import { ScriptsResolver } from './scripts.resolver';

/** Each client's script (応対スクリプト), its published versions and change requests. */
@Module({
  providers: [ScriptsService, ChangeRequestsService, ScriptsResolver],
})
export class ScriptsModule {}
