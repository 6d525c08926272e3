import type { StaffUserType } from './identity.types';
import type { StaffUser } from './staff-user.entity';

export function toStaffUserType(user: StaffUser): StaffUserType {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    phone: user.phone,
    photoUrl: user.photoUrl,
    active: user.active,
    locale: user.locale,
    hasPassword: user.passwordHash !== null,
    lastLoginAt: user.lastLoginAt,
  };
}
