import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import type { Role } from '../common/principal';
import { User, UserStatus } from './entities/user.entity';

export interface UserQuery {
  role?: Role;
  status?: UserStatus;
  organisationId?: string;
  limit: number;
  page: number;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  /** With the password hash, for a login. `email` is compared lower-cased. */
  findForLogin(email: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  async findPage(query: UserQuery): Promise<{ items: User[]; total: number }> {
    const where: FindOptionsWhere<User> = {};
    if (query.role) where.role = query.role;
    if (query.status) where.status = query.status;
    if (query.organisationId) where.organisationId = query.organisationId;
    const [items, total] = await this.dataSource
      .getRepository(User)
      .findAndCount({ where, order: { email: 'ASC', id: 'ASC' }, take: query.limit, skip: (query.page - 1) * query.limit });
    return { items, total };
  }

  insert(manager: EntityManager, user: Pick<User, 'email' | 'name' | 'role' | 'organisationId' | 'status'> & { passwordHash?: string | null }): Promise<User> {
    const repository = manager.getRepository(User);
    return repository.save(repository.create({ ...user, email: user.email.toLowerCase() }));
  }

  /** The row locked for a change (PATCH, password), so concurrent changes apply in turn. */
  lock(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, patch: Partial<Pick<User, 'name' | 'role' | 'organisationId' | 'status'>>): Promise<void> {
    await manager.getRepository(User).update({ id }, patch);
  }

  /** Whether the user has set a password; asks for its presence only, as the hash is never loaded with the user. */
  async hasPassword(manager: EntityManager, id: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT password_hash IS NOT NULL AS has FROM users WHERE id = $1`, [id]);
    return row?.has === true;
  }

  /** Sets the password; an invited user becomes active. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, status = CASE WHEN status = 'invited' THEN 'active' ELSE status END, updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /** An invited user who logs in by single sign-on becomes active. */
  async recordLogin(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE users SET last_login_at = now(), status = CASE WHEN status = 'invited' THEN 'active' ELSE status END WHERE id = $1`, [id]);
  }
}
