import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** Every instant is a timestamptz; Asia/Tokyo is applied when days or months are computed. */
export const CreatedAt = () => CreateDateColumn({ type: 'timestamptz' });
export const UpdatedAt = () => UpdateDateColumn({ type: 'timestamptz' });
