import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A STYRK-08 occupation (4-digit code) with its Bokmål title and NAV's categories. */
@Entity('occupations')
export class Occupation {
  @PrimaryColumn({ type: 'char', length: 4 })
  code: string;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'text', nullable: true })
  subcategory: string | null;
}
