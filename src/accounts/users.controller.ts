import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { Page } from '../common/dto/pagination.dto';
import { RecordIdPipe } from '../common/id.pipe';
import { ApiBodyExample, ApiPage, ApiProblem } from '../common/openapi';
import { CREATE_USER, UPDATE_USER } from './dto/accounts.examples';
import { CreateUserDto, UpdateUserDto, UserQueryDto, UserView } from './dto/user.dto';
import { UsersService } from './users.service';

@Controller('api/v1/users')
@Roles('admin')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  /** Creates an invited user and e-mails them a link to set a password (valid 72 hours). */
  @Post()
  @ApiBodyExample(CreateUserDto, CREATE_USER)
  @ApiProblem(409, 'A user with this e-mail address exists already.')
  create(@CurrentPrincipal() actor: Principal, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.service.create(actor, dto);
  }

  /** Users by e-mail, optionally of one role, status or organisation. */
  @Get()
  @ApiPage(UserView)
  list(@Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.service.list(query);
  }

  @Get(':id')
  get(@Param('id', new RecordIdPipe('user')) id: string): Promise<UserView> {
    return this.service.get(id);
  }

  /** Sends an invited user a new invite link (valid 72 hours); earlier links stop working. */
  @Post(':id/invite')
  @HttpCode(200)
  @ApiProblem(409, 'The user is not invited (active or disabled).')
  reinvite(@CurrentPrincipal() actor: Principal, @Param('id', new RecordIdPipe('user')) id: string): Promise<UserView> {
    return this.service.reinvite(actor, id);
  }

  /** Changes name, role, organisation or status; `status: disabled` ends the user's sessions at once. */
  @Patch(':id')
  @ApiBodyExample(UpdateUserDto, UPDATE_USER)
  @ApiProblem(403, 'Admins cannot disable themselves or drop their own admin role.')
  update(@CurrentPrincipal() actor: Principal, @Param('id', new RecordIdPipe('user')) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.service.update(actor, id, dto);
  }
}
