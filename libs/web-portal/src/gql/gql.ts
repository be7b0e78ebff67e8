/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyContacts {\n    clientCompany {\n      id\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n  }\n": typeof types.MyContactsDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n": typeof types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n": typeof types.InvoiceDetailsFragmentDoc,
    "\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n": typeof types.PaymentsDocument,
    "\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n": typeof types.WriteOffBankFeeDocument,
    "\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n": typeof types.ChangeRequestDetailsFragmentDoc,
    "\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n": typeof types.ChangeRequestsDocument,
    "\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n": typeof types.RequestChangeDocument,
    "\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n": typeof types.CompanySettingsFragmentDoc,
    "\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n": typeof types.CompanySettingsOfDocument,
    "\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n": typeof types.UpdateCompanySettingsDocument,
    "\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n": typeof types.ContractorDetailsFragmentDoc,
    "\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n": typeof types.ContractorsDocument,
    "\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n": typeof types.SaveContractorDocument,
    "\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n": typeof types.ContractOptionDetailsFragmentDoc,
    "\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n": typeof types.PlanTermDetailsFragmentDoc,
    "\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n": typeof types.ContractDetailsFragmentDoc,
    "\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n": typeof types.ContractDocument,
    "\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n": typeof types.DispatchDetailsFragmentDoc,
    "\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n": typeof types.DispatchesDocument,
    "\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n": typeof types.DispatchChangedDocument,
    "\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n": typeof types.FaqItemDetailsFragmentDoc,
    "\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n": typeof types.FaqItemsDocument,
    "\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n": typeof types.IntakeRowFragmentDoc,
    "\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n": typeof types.IntakeRecordsDocument,
    "\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.IntakeRecordDocument,
    "\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n": typeof types.IntakeRecordChangedDocument,
    "\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n": typeof types.ChangeIntakeStatusDocument,
    "\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n": typeof types.AddIntakeCommentDocument,
    "\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n": typeof types.PhoneNumberDetailsFragmentDoc,
    "\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n": typeof types.PhoneNumbersDocument,
    "\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n": typeof types.PlanSummaryFragmentDoc,
    "\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n": typeof types.IntakeFieldDetailsFragmentDoc,
    "\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n": typeof types.PublishedScriptFragmentDoc,
    "\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n": typeof types.PublishedScriptDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordWithLinkDocument,
    "\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n": typeof types.UsageThisMonthDocument,
    "\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n": typeof types.CompanyUsersDocument,
    "\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n": typeof types.CreateUserDocument,
};
const documents: Documents = {
    "\n  query MyContacts {\n    clientCompany {\n      id\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n  }\n": types.MyContactsDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n": types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n": types.DisableTwoFactorDocument,
    "\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n": types.InvoiceDetailsFragmentDoc,
    "\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n": types.InvoicesDocument,
    "\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n": types.PaymentsDocument,
    "\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n": types.WriteOffBankFeeDocument,
    "\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n": types.ChangeRequestDetailsFragmentDoc,
    "\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n": types.ChangeRequestsDocument,
    "\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n": types.RequestChangeDocument,
    "\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n": types.CompanySettingsFragmentDoc,
    "\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n": types.CompanySettingsOfDocument,
    "\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n": types.UpdateCompanySettingsDocument,
    "\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n": types.ContractorDetailsFragmentDoc,
    "\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n": types.ContractorsDocument,
    "\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n": types.SaveContractorDocument,
    "\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n": types.ContractOptionDetailsFragmentDoc,
    "\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n": types.PlanTermDetailsFragmentDoc,
    "\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n": types.ContractDetailsFragmentDoc,
    "\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n": types.ContractDocument,
    "\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n": types.DispatchDetailsFragmentDoc,
    "\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n": types.DispatchesDocument,
    "\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n": types.DispatchChangedDocument,
    "\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n": types.FaqItemDetailsFragmentDoc,
    "\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n": types.FaqItemsDocument,
    "\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n": types.IntakeRowFragmentDoc,
    "\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n": types.IntakeRecordsDocument,
    "\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n": types.IntakeRecordDocument,
    "\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n": types.IntakeRecordChangedDocument,
    "\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n": types.ChangeIntakeStatusDocument,
    "\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n": types.AddIntakeCommentDocument,
    "\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n": types.PhoneNumberDetailsFragmentDoc,
    "\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n": types.PhoneNumbersDocument,
    "\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n": types.PlanSummaryFragmentDoc,
    "\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n": types.IntakeFieldDetailsFragmentDoc,
    "\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n": types.PublishedScriptFragmentDoc,
    "\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n": types.PublishedScriptDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordWithLinkDocument,
    "\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n": types.UsageThisMonthDocument,
    "\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n": types.CompanyUsersDocument,
    "\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n": types.ResetTwoFactorDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n": types.CreateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContacts {\n    clientCompany {\n      id\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyContacts {\n    clientCompany {\n      id\n      escalationContacts {\n        name\n        phone\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      uri\n      qrSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      id\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query AuditLog(\n    $first: Int\n    $before: ID\n    $action: String\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n  ) {\n    auditLog(\n      first: $first\n      before: $before\n      action: $action\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n    ) {\n      id\n      createdAt\n      actorName\n      actorRole\n      systemEntry\n      clientCompanyId\n      clientName\n      action\n      entityType\n      entityId\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceDetails on Invoice {\n    id\n    kind\n    state\n    status\n    month\n    number\n    issueDate\n    dueDate\n    recipientName\n    lines\n    totals\n    total\n    paidAmount\n    balance\n    reason\n    version\n    clientCompany {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  query Invoices($month: String, $clientCompanyId: ID) {\n    invoices(month: $month, clientCompanyId: $clientCompanyId, first: 500) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n"): (typeof documents)["\n  query Payments($unmatchedOnly: Boolean, $clientCompanyId: ID) {\n    payments(unmatchedOnly: $unmatchedOnly, clientCompanyId: $clientCompanyId, first: 200) {\n      id\n      clientCompanyId\n      receivedOn\n      amount\n      unallocated\n      payerName\n      method\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n"): (typeof documents)["\n  mutation WriteOffBankFee($invoiceId: ID!) {\n    writeOffBankFee(invoiceId: $invoiceId) {\n      ...InvoiceDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ChangeRequestDetails on ChangeRequest {\n    id\n    clientCompanyId\n    target\n    subject\n    subjectKey\n    faqItemId\n    currentText\n    proposedText\n    appliedText\n    message\n    status\n    reviewComment\n    reviewedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n"): (typeof documents)["\n  query ChangeRequests($status: ChangeRequestStatus) {\n    changeRequests(status: $status) {\n      ...ChangeRequestDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChange($input: RequestChangeInput!) {\n    requestChange(input: $input) {\n      ...ChangeRequestDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment CompanySettings on ClientCompany {\n    id\n    version\n    reportMethod\n    reportEmail\n    reportFax\n    digestTime\n    escalationContacts {\n      name\n      phone\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n"): (typeof documents)["\n  query CompanySettingsOf($clientCompanyId: ID) {\n    clientCompany(clientCompanyId: $clientCompanyId) {\n      ...CompanySettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompanySettings($input: CompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      ...CompanySettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n"): (typeof documents)["\n  fragment ContractorDetails on Contractor {\n    id\n    clientCompanyId\n    name\n    areas {\n      prefecture\n      city\n    }\n    categories\n    channels {\n      kind\n      address\n      hours {\n        start\n        end\n      }\n    }\n    priority\n    active\n    note\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n"): (typeof documents)["\n  query Contractors($clientCompanyId: ID) {\n    contractors(clientCompanyId: $clientCompanyId) {\n      ...ContractorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SaveContractor($input: SaveContractorInput!) {\n    saveContractor(input: $input) {\n      ...ContractorDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n"): (typeof documents)["\n  fragment ContractOptionDetails on ContractOption {\n    id\n    kind\n    description\n    quantity\n    monthlyFee\n    oneOffFee\n    startDate\n    endDate\n    earlyTerminationFee\n    equipmentModel\n    acquisition\n    phoneNumberId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n"): (typeof documents)["\n  fragment PlanTermDetails on ContractPlanTerm {\n    id\n    effectiveFrom\n    monthlyFeeOverride\n    includedCallsOverride\n    overagePerCallOverride\n    plan {\n      ...PlanSummary\n    }\n    price {\n      monthlyFee\n      includedCalls\n      overagePerCall\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n"): (typeof documents)["\n  fragment ContractDetails on Contract {\n    id\n    clientCompanyId\n    startDate\n    endDate\n    holidayRule\n    coverageSummary\n    billingTerms\n    serviceLevelPercent\n    serviceLevelSeconds\n    version\n    coverageWindows {\n      weekday\n      start\n      end\n    }\n    currentTerm {\n      ...PlanTermDetails\n    }\n    planTerms {\n      ...PlanTermDetails\n    }\n    options {\n      ...ContractOptionDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n"): (typeof documents)["\n  query Contract($clientCompanyId: ID) {\n    contract(clientCompanyId: $clientCompanyId) {\n      ...ContractDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment DispatchDetails on Dispatch {\n    id\n    dispatchNo\n    intakeId\n    clientCompanyId\n    status\n    alert\n    category\n    siteAddress\n    urgent\n    instructions\n    overrideReason\n    acknowledgedAt\n    acknowledgedVia\n    replyNote\n    createdAt\n    version\n    contractor {\n      id\n      name\n      channels {\n        kind\n        address\n      }\n    }\n    messages {\n      id\n      channel\n      recipient\n      status\n      attempts\n      lastError\n      sentAt\n      reportedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n"): (typeof documents)["\n  query Dispatches($clientCompanyId: ID, $intakeId: ID, $statuses: [DispatchStatus!]) {\n    dispatches(clientCompanyId: $clientCompanyId, intakeId: $intakeId, statuses: $statuses) {\n      ...DispatchDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n"): (typeof documents)["\n  subscription DispatchChanged($clientCompanyId: ID) {\n    dispatchChanged(clientCompanyId: $clientCompanyId) {\n      ...DispatchDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n"): (typeof documents)["\n  fragment FaqItemDetails on FaqItem {\n    id\n    question\n    answer\n    tags\n    enabled\n    sortOrder\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n"): (typeof documents)["\n  query FaqItems($clientCompanyId: ID, $search: String, $includeDisabled: Boolean! = false) {\n    faqItems(\n      clientCompanyId: $clientCompanyId\n      search: $search\n      includeDisabled: $includeDisabled\n    ) {\n      ...FaqItemDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n"): (typeof documents)["\n  fragment IntakeRow on IntakeRecord {\n    id\n    recordNumber\n    clientCompanyId\n    receivedAt\n    channel\n    callingNational\n    fields\n    status\n    urgent\n    version\n    allowedTransitions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query IntakeRecords(\n    $clientCompanyId: ID\n    $from: String\n    $to: String\n    $statuses: [IntakeStatus!]\n    $callingNumber: String\n    $text: String\n    $first: Int!\n    $after: String\n  ) {\n    intakeRecords(\n      clientCompanyId: $clientCompanyId\n      from: $from\n      to: $to\n      statuses: $statuses\n      callingNumber: $callingNumber\n      text: $text\n      first: $first\n      after: $after\n    ) {\n      items {\n        ...IntakeRow\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeRecord($id: ID!) {\n    intakeRecord(id: $id) {\n      ...IntakeRow\n      memo\n      scriptVersionId\n      correctedAfterReport\n      corrections {\n        id\n        reason\n        afterReport\n        createdAt\n        changes {\n          key\n          label\n          before\n          after\n        }\n      }\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n      comments {\n        id\n        body\n        createdAt\n      }\n      recordings {\n        id\n        kind\n        createdAt\n        durationSeconds\n        deleteOn\n        playUrl\n      }\n      mail {\n        id\n        kind\n        fromText\n        subject\n        textMisdecoded\n        senderTrust\n        spf\n        dkim\n        dmarc\n        attachments {\n          fileName\n          contentType\n          size\n          pages\n        }\n        takenBy\n        replies {\n          id\n          subject\n          body\n          sentBy\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n"): (typeof documents)["\n  subscription IntakeRecordChanged {\n    intakeRecordChanged {\n      ...IntakeRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeIntakeStatus($input: ChangeIntakeStatusInput!) {\n    changeIntakeStatus(input: $input) {\n      ...IntakeRow\n      statusHistory {\n        id\n        fromStatus\n        toStatus\n        note\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddIntakeComment($intakeId: ID!, $body: String!) {\n    addIntakeComment(intakeId: $intakeId, body: $body) {\n      id\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n"): (typeof documents)["\n  fragment PhoneNumberDetails on PhoneNumber {\n    id\n    national\n    kind\n    status\n    label\n    forwardToNational\n    expectedOpenDate\n    movingUntil\n    approvalNote\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n"): (typeof documents)["\n  query PhoneNumbers($clientCompanyId: ID) {\n    phoneNumbers(clientCompanyId: $clientCompanyId) {\n      ...PhoneNumberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n"): (typeof documents)["\n  fragment PlanSummary on Plan {\n    code\n    nameJa\n    nameEn\n    faqLimit\n    extraFieldsAllowed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n"): (typeof documents)["\n  fragment IntakeFieldDetails on IntakeFieldType_ {\n    key\n    label\n    type\n    required\n    helpText\n    options\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n"): (typeof documents)["\n  fragment PublishedScript on ScriptVersion {\n    id\n    versionNo\n    publishedAt\n    greeting\n    specialInstructions\n    urgentKeywords\n    closingPhrase\n    fields {\n      ...IntakeFieldDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n"): (typeof documents)["\n  query PublishedScript($clientCompanyId: ID, $variant: ScriptVariant! = DEFAULT) {\n    publishedScript(clientCompanyId: $clientCompanyId, variant: $variant) {\n      ...PublishedScript\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n    permissions\n    locale\n    totpEnabledAt\n    twoFactorRequired\n    clientCompany {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $code: String) {\n    login(email: $email, password: $password, code: $code) {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken {\n    refreshToken {\n      accessToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithLink($token: String!, $newPassword: String!) {\n    resetPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n"): (typeof documents)["\n  query UsageThisMonth($clientCompanyId: ID) {\n    usageThisMonth(clientCompanyId: $clientCompanyId) {\n      month\n      calls\n      mails\n      includedCalls\n      overCalls\n      mailsBilledApart\n      includedMails\n      overMails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  query CompanyUsers($clientCompanyId: ID) {\n    users(clientCompanyId: $clientCompanyId) {\n      id\n      name\n      email\n      role\n      createdAt\n      active\n      version\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId) {\n      id\n      totpEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n      role\n      createdAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;