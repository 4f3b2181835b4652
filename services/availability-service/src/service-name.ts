export const serviceName = 'availability-service';
