import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A kommune (2024 numbering) with the centroid used for travel distance. */
@Entity('municipalities')
export class Municipality {
  @PrimaryColumn({ type: 'char', length: 4 })
  code: string;

  @Column()
  name: string;

  @Column({ type: 'char', length: 2 })
  countyCode: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;

  @Column({ type: 'text', nullable: true })
  adminCentre: string | null;

  @Column({ type: 'integer', nullable: true })
  population: number | null;
}
