import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { MentorAssignment } from './entities/mentor-assignment.entity';

/** The table `mentor_assignments`: cohort plans and what their confirmation created. */
@Injectable()
export class MentorAssignmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<MentorAssignment | null> {
    return this.dataSource.getRepository(MentorAssignment).findOneBy({ id });
  }

  /** The plan, its row locked until the transaction ends: two confirmations of it queue here. */
  lockById(manager: EntityManager, id: string): Promise<MentorAssignment | null> {
    return manager.getRepository(MentorAssignment).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(manager: EntityManager, values: DeepPartial<MentorAssignment>): Promise<MentorAssignment> {
    const repository = manager.getRepository(MentorAssignment);
    return repository.save(repository.create(values));
  }

  save(manager: EntityManager, row: MentorAssignment): Promise<MentorAssignment> {
    return manager.getRepository(MentorAssignment).save(row);
  }
}
