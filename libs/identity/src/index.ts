export { publicUrl } from './config';
export * from './auth.service';
export * from './identity.entities';
export * from './identity.module';
export * from './identity.types';
export * from './invitation.service';
export * from './session-cookie';
export * from './tokens';
export * from './identity.resolver';
