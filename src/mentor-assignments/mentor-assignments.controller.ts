import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentPrincipal, Expensive, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { RecordIdPipe } from '../common/id.pipe';
import { langFrom } from '../common/language';
import { validationPipe } from '../common/validation';
import { ApiBody } from '@nestjs/swagger';
import { ApiAcceptLanguage, ApiProblem, ApiBodyExample } from '../common/openapi';
import { ConfirmMentorAssignmentDto, CreateMentorAssignmentDto, MentorAssignmentView } from './dto/mentor-assignment.dto';
import { MentorAssignmentsService } from './mentor-assignments.service';
import { CONFIRM_MENTOR_ASSIGNMENT, CREATE_MENTOR_ASSIGNMENT } from './dto/mentor-assignment.examples';

const assignmentId = new RecordIdPipe('mentorAssignment');

/** Cohort assignment: plan (again, keeping and leaving out pairs), look, confirm all or some. Names and reasons in nb (default) or en. */
@ApiAcceptLanguage()
@Controller('api/v1/mentor-assignments')
@Roles('admin', 'coordinator')
export class MentorAssignmentsController {
  constructor(private readonly service: MentorAssignmentsService) {}

  /**
   * Plans the assignment with the highest total score; creates nothing yet. To remove or swap a
   * pair, plan again with `excludedPairs` (removed) and `fixedPairs` (kept, e.g. a swap): a new plan.
   */
  @Post()
  @Expensive()
  @ApiBodyExample(CreateMentorAssignmentDto, CREATE_MENTOR_ASSIGNMENT)
  plan(
    @CurrentPrincipal() actor: Principal,
    @Body() dto: CreateMentorAssignmentDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<MentorAssignmentView> {
    return this.service.plan(actor, dto, langFrom(acceptLanguage));
  }

  @Get(':id')
  get(
    @CurrentPrincipal() actor: Principal,
    @Param('id', assignmentId) id: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<MentorAssignmentView> {
    return this.service.get(actor, id, langFrom(acceptLanguage));
  }

  /**
   * Creates the chosen pairs (`pairs`, by default all). Pairs that lost their place meanwhile are
   * listed in `confirmation.lost` with the reason; the rest are created. A plan is confirmed once.
   */
  @Post(':id/confirm')
  @HttpCode(200)
  @ApiProblem(409, 'The plan is confirmed already: nothing more was created.')
  @ApiBody({ type: ConfirmMentorAssignmentDto, required: false, examples: { example: { summary: 'Some of the pairs; leave the body out for all', value: CONFIRM_MENTOR_ASSIGNMENT } } })
  async confirm(
    @CurrentPrincipal() actor: Principal,
    @Param('id', assignmentId) id: string,
    // Read as it comes, so no body at all means every pair; then checked as the DTO like any body.
    @Body() body: unknown,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<MentorAssignmentView> {
    const dto = (await validationPipe.transform(body ?? {}, { type: 'body', metatype: ConfirmMentorAssignmentDto })) as ConfirmMentorAssignmentDto;
    return this.service.confirm(actor, id, dto, langFrom(acceptLanguage));
  }
}
