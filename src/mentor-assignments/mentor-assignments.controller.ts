import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, Expensive, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { RecordIdPipe } from '../common/id.pipe';
import { ApiProblem, ApiBodyExample } from '../common/openapi';
import { CreateMentorAssignmentDto, MentorAssignmentView } from './dto/mentor-assignment.dto';
import { MentorAssignmentsService } from './mentor-assignments.service';
import { CREATE_MENTOR_ASSIGNMENT } from './dto/mentor-assignment.examples';

const assignmentId = new RecordIdPipe('mentorAssignment');

/** Cohort assignment: plan, look, confirm. */
@Controller('api/v1/mentor-assignments')
@Roles('admin', 'coordinator')
export class MentorAssignmentsController {
  constructor(private readonly service: MentorAssignmentsService) {}

  /** Plans the assignment with the highest total score; creates nothing yet. */
  @Post()
  @Expensive()
  @ApiBodyExample(CreateMentorAssignmentDto, CREATE_MENTOR_ASSIGNMENT)
  plan(@CurrentPrincipal() actor: Principal, @Body() dto: CreateMentorAssignmentDto): Promise<MentorAssignmentView> {
    return this.service.plan(actor, dto);
  }

  @Get(':id')
  get(@Param('id', assignmentId) id: string): Promise<MentorAssignmentView> {
    return this.service.get(id);
  }

  /** Creates the mentorships; 409 and nothing created when a mentor lost a place meanwhile. */
  @Post(':id/confirm')
  @HttpCode(200)
  @ApiProblem(409, 'A mentor lost a free place meanwhile: nothing was created.')
  confirm(@CurrentPrincipal() actor: Principal, @Param('id', assignmentId) id: string): Promise<MentorAssignmentView> {
    return this.service.confirm(actor, id);
  }
}
