import { Module } from '@nestjs/common';
import { Acd } from './acd.service';
import { SkillsService } from './skills.service';
import { AcdViews } from './acd-views.service';
import { AcdBoard } from './board.service';
import { AcdResolver } from './acd.resolver';
import { Presence } from './presence.service';
import { SkillsResolver } from './skills.resolver';

/** The ACD: operators' states and presence, skills, offers and the supervisors' board. */
@Module({
  providers: [Acd, SkillsService, AcdViews, AcdBoard, AcdResolver, SkillsResolver, Presence],
  exports: [Acd, AcdViews, Presence],
})
export class AcdModule {}
