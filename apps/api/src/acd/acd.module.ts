import { Module } from '@nestjs/common';
import { Acd } from './acd.service';
import { SkillsService } from './skills.service';
import { AcdViews } from './acd-views.service';
import { AcdResolver } from './acd.resolver';

/** The ACD: operators' states, skills, offers and the supervisors' board. */
@Module({
  providers: [Acd, SkillsService, AcdViews, AcdResolver],
  exports: [Acd, AcdViews],
})
export class AcdModule {}
