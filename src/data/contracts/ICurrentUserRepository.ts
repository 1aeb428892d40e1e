/** What the signed-in person may do in #SamenBeter, derived from SharePoint group membership. */
export interface ViewerRoles {
  userId: number;
  email: string;
  isOwner: boolean;
  isAmbassador: boolean;
  isCommunications: boolean;
}

export interface ICurrentUserRepository {
  getRoles(): Promise<ViewerRoles>;
}
